"""The tests. aiogram is imported first as the service imports it (bot.aiogram_import): the same types run."""

from bot.aiogram_import import import_aiogram

import_aiogram()
