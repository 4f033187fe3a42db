"""CadreDesk (选派干部驻村管理)."""

__version__ = "0.1.0"
APP_NAME = "CadreDesk"
APP_TITLE = "选派干部驻村管理"
