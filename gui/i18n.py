"""The editor's words in English and Simplified Chinese (many sellers work in Chinese).
Chosen from the system locale, or the CTK_LANG environment variable / the 'language' setting."""

from __future__ import annotations

import os

ZH = {
    "Open catalog…": "打开商品表…", "Open project…": "打开项目…", "Save project": "保存项目",
    "Save project as…": "项目另存为…", "Undo": "撤销", "Redo": "重做", "Render": "渲染",
    "Render this bundle": "渲染当前素材包", "Render all": "全部渲染", "Cancel": "取消", "Open folder": "打开文件夹",
    "Search products": "搜索商品", "Only with problems": "只看有问题的", "Markets": "市场", "Campaign date": "活动日期",
    "Festival": "节日", "auto": "自动", "none": "无", "Scenes": "分镜", "On-screen text": "画面文字",
    "Voice-over": "配音", "Seconds": "秒", "Caption": "文案", "Subtitles": "字幕", "Findings": "检查结果",
    "Fix": "一键修复", "Preview": "预览", "Render queue": "渲染队列", "File": "文件", "Edit": "编辑",
    "Language": "语言", "Ready": "就绪", "Loading…": "加载中…", "Rendering…": "渲染中…", "Done": "完成",
    "Cancelled": "已取消", "Failed": "失败", "Error": "错误", "errors": "错误", "warnings": "警告",
    "Sponsored (paid or gifted)": "付费/赠品推广", "products": "个商品", "No catalog open": "未打开商品表",
    "Revert field": "恢复原文", "Catalog": "商品", "Style": "风格", "Variant": "版本", "Brand kit…": "品牌套件…",
    "Product facts": "商品卖点", "Type": "品类", "Fact": "属性", "Value": "值", "From the catalog": "来源原文",
    "In script": "脚本已用", "Not true: remove fact": "不属实：删除该卖点",
    "Add: +feature:foldable, +battery_life=40h, type=desk_lamp": "添加：+feature:foldable、+battery_life=40h、type=desk_lamp",
    "Unknown terms": "未识别词", "your correction": "人工修改", "name on screen": "画面名称",
    "Map columns": "对应表头", "Map columns…": "对应表头…",
    "Which column of your file holds each of these? Title and price are needed.": "请选择文件中对应每一项的列，标题和价格为必填。",
}


def language() -> str:
    lang = os.environ.get("CTK_LANG")
    if lang:
        return lang
    from PySide6.QtCore import QLocale, QSettings
    saved = QSettings("ctk", "ctk-gui").value("language")
    if saved:
        return str(saved)
    return "zh" if QLocale.system().name().startswith("zh") else "en"


_LANG: list[str] = []


def tr(text: str) -> str:
    if not _LANG:
        _LANG.append(language())
    if not _LANG[0].startswith("zh"):
        return text
    from toolkit.i18n import catalogue          # the catalogue the command line uses (locales/_shared/ui.toml)
    return ZH.get(text) or catalogue("zh-CN").get(text, text)


def set_language(lang: str) -> None:
    _LANG[:] = [lang]
