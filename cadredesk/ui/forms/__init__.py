"""Python modules generated from forms/*.ui by tools/build_forms.py."""
