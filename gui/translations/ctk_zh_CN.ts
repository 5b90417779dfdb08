<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Map columns</source>
        <translation>对应表头</translation>
    </message>
    <message>
        <source>Which column of your file holds each of these? Title and price are needed.</source>
        <translation>请选择文件中对应每一项的列，标题和价格为必填。</translation>
    </message>
    <message>
        <source>No catalog open</source>
        <translation>未打开商品表</translation>
    </message>
    <message>
        <source>Open catalog…</source>
        <translation>打开商品表…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Map columns…</source>
        <translation>对应表头…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Campaign date</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>配音音色</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>Brand kit…</source>
        <translation>品牌套件…</translation>
    </message>
    <message>
        <source>Sponsored (paid or gifted)</source>
        <translation>付费/赠品推广</translation>
    </message>
    <message>
        <source>Render this bundle</source>
        <translation>渲染当前素材包</translation>
    </message>
    <message>
        <source>Render all</source>
        <translation>全部渲染</translation>
    </message>
    <message>
        <source>Cancel render</source>
        <translation>取消渲染</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编辑器</translation>
    </message>
    <message>
        <source>Markets side by side</source>
        <translation>多市场对比</translation>
    </message>
    <message>
        <source>Market fit</source>
        <translation>市场适配</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>投放结果</translation>
    </message>
    <message>
        <source>Export brief…</source>
        <translation>导出创作者简报…</translation>
    </message>
    <message>
        <source>Play video</source>
        <translation>播放视频</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>搜索商品</translation>
    </message>
    <message>
        <source>Only with problems</source>
        <translation>只看有问题的</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>分镜</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Play line</source>
        <translation>试听台词</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>画面文字</translation>
    </message>
    <message>
        <source>Voice-over</source>
        <translation>配音</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>文案</translation>
    </message>
    <message>
        <source>Ad text</source>
        <translation>广告文案</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>一键修复</translation>
    </message>
    <message>
        <source>Render queue</source>
        <translation>渲染队列</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>In script</source>
        <translation>脚本已用</translation>
    </message>
    <message>
        <source>From the catalog</source>
        <translation>来源原文</translation>
    </message>
    <message>
        <source>Not true: remove fact</source>
        <translation>不属实：删除该卖点</translation>
    </message>
    <message>
        <source>Add: +feature:foldable, +battery_life=40h, type=desk_lamp</source>
        <translation>添加：+feature:foldable、+battery_life=40h、type=desk_lamp</translation>
    </message>
    <message>
        <source>Product facts</source>
        <translation>商品卖点</translation>
    </message>
    <message>
        <source>Add a fact</source>
        <translation>添加卖点</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>name on screen</source>
        <translation>画面名称</translation>
    </message>
    <message>
        <source>your correction</source>
        <translation>人工修改</translation>
    </message>
    <message>
        <source>Unknown terms</source>
        <translation>未识别词</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>开头钩子</translation>
    </message>
    <message>
        <source>Price and offer</source>
        <translation>价格与优惠</translation>
    </message>
    <message>
        <source>Caption start</source>
        <translation>文案开头</translation>
    </message>
    <message>
        <source>Facts left out</source>
        <translation>未提及的卖点</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Click a cell to edit that market</source>
        <translation>点击单元格即可编辑该市场</translation>
    </message>
    <message>
        <source>go</source>
        <translation>可发布</translation>
    </message>
    <message>
        <source>check</source>
        <translation>需确认</translation>
    </message>
    <message>
        <source>no-go</source>
        <translation>不可发布</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <source>No fit findings: go.</source>
        <translation>没有适配问题：可发布。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <source>With a check</source>
        <translation>有需确认的</translation>
    </message>
    <message>
        <source>With a no-go</source>
        <translation>有不可发布的</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Double-click a cell to edit that product in that market</source>
        <translation>双击单元格，编辑该商品在该市场的内容</translation>
    </message>
    <message>
        <source>Pick a cell to read its reasons and fixes</source>
        <translation>选择一个单元格，查看原因和处理方法</translation>
    </message>
    <message>
        <source>Reasons and fixes</source>
        <translation>原因和处理方法</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>全部市场</translation>
    </message>
    <message>
        <source>On {date}: {go} go, {check} check, {nogo} no-go</source>
        <translation>{date}：{go} 可发布，{check} 需确认，{nogo} 不可发布</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>No product selected</source>
        <translation>未选择商品</translation>
    </message>
    <message>
        <source>Brief written to</source>
        <translation>简报已写入</translation>
    </message>
    <message>
        <source>Writing the brief…</source>
        <translation>正在生成简报…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Save project as…</source>
        <translation>项目另存为…</translation>
    </message>
    <message>
        <source>Revert field</source>
        <translation>恢复原文</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>偏好设置…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Open the example catalog</source>
        <translation>打开示例商品表</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>渲染</translation>
    </message>
    <message>
        <source>ctk editor</source>
        <translation>ctk 编辑器</translation>
    </message>
    <message>
        <source>Open a catalog (a CSV, Shopify or WooCommerce export) or drop it on the window. Pick a product and a market tab; edit scenes and caption; findings list what to fix. The same project renders with: ctk render PROJECT.ctkproj</source>
        <translation>打开商品表（CSV、Shopify 或 WooCommerce 导出文件），或直接拖到窗口上。选择商品和市场标签页，编辑分镜和文案；检查结果会列出需要修改的地方。同一项目也可以用命令渲染：ctk render PROJECT.ctkproj</translation>
    </message>
    <message>
        <source>Welcome to ctk</source>
        <translation>欢迎使用 ctk</translation>
    </message>
    <message>
        <source>ctk turns a product catalog into short-video scripts, captions, covers and videos for each market. Start with the example catalog, or open your own.</source>
        <translation>ctk 把商品表变成各个市场的短视频脚本、文案、封面和视频。可以先打开示例商品表，也可以打开你自己的。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Currency of the prices:</source>
        <translation>价格所用货币：</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>products</source>
        <translation>个商品</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>渲染中…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>draft (eSpeak NG)</source>
        <translation>草稿（eSpeak NG）</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Video preview needs Qt Multimedia: pip install PySide6-Addons</source>
        <translation>视频预览需要 Qt Multimedia：pip install PySide6-Addons</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <source>Jump to scene</source>
        <translation>跳到该分镜</translation>
    </message>
    <message>
        <source>Render the video after each edit</source>
        <translation>每次修改后重新渲染视频</translation>
    </message>
    <message>
        <source>No video rendered yet</source>
        <translation>尚未渲染视频</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>素材</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>展示</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>点击率</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完播率</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>This market</source>
        <translation>当前市场</translation>
    </message>
    <message>
        <source>Import report…</source>
        <translation>导入报表…</translation>
    </message>
    <message>
        <source>all markets</source>
        <translation>所有市场</translation>
    </message>
    <message>
        <source>No creative of this product is registered yet: render it, then import the platform&apos;s report (ctk results import FILE).</source>
        <translation>该商品还没有登记的素材：请先渲染，再导入平台报表（ctk results import 文件）。</translation>
    </message>
    <message>
        <source>{n} of {total} creatives have results; rates with their 95% intervals.</source>
        <translation>共 {total} 个素材，其中 {n} 个有结果；比率附 95% 区间。</translation>
    </message>
    <message>
        <source>Results store</source>
        <translation>结果库</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
</context>
<context>
    <name>EditorMixin</name>
    <message>
        <source> · learned {uplift} ({lo} to {hi})</source>
        <translation> · 学习预期 {uplift}（{lo} 至 {hi}）</translation>
    </message>
</context>
</TS>
