<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Map columns</source>
        <translation>Map columns</translation>
    </message>
    <message>
        <source>Which column of your file holds each of these? Title and price are needed.</source>
        <translation>Which column of your file holds each of these? Title and price are needed.</translation>
    </message>
    <message>
        <source>No catalog open</source>
        <translation>No catalog open</translation>
    </message>
    <message>
        <source>Open catalog…</source>
        <translation>Open catalog…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Open project…</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Save project</translation>
    </message>
    <message>
        <source>Map columns…</source>
        <translation>Map columns…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Markets</translation>
    </message>
    <message>
        <source>Campaign date</source>
        <translation>Campaign date</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Brand kit…</source>
        <translation>Brand kit…</translation>
    </message>
    <message>
        <source>Sponsored (paid or gifted)</source>
        <translation>Sponsored (paid or gifted)</translation>
    </message>
    <message>
        <source>Render this bundle</source>
        <translation>Render this bundle</translation>
    </message>
    <message>
        <source>Render all</source>
        <translation>Render all</translation>
    </message>
    <message>
        <source>Cancel render</source>
        <translation>Cancel render</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Markets side by side</source>
        <translation>Markets side by side</translation>
    </message>
    <message>
        <source>Market fit</source>
        <translation>Market fit</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Export brief…</source>
        <translation>Export brief…</translation>
    </message>
    <message>
        <source>Play video</source>
        <translation>Play video</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Search products</translation>
    </message>
    <message>
        <source>Only with problems</source>
        <translation>Only with problems</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Scenes</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Play line</source>
        <translation>Play line</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>On-screen text</translation>
    </message>
    <message>
        <source>Voice-over</source>
        <translation>Voice-over</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Ad text</source>
        <translation>Ad text</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Subtitles</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>Render queue</source>
        <translation>Render queue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>In script</source>
        <translation>In script</translation>
    </message>
    <message>
        <source>From the catalog</source>
        <translation>From the catalog</translation>
    </message>
    <message>
        <source>Not true: remove fact</source>
        <translation>Not true: remove fact</translation>
    </message>
    <message>
        <source>Add: +feature:foldable, +battery_life=40h, type=desk_lamp</source>
        <translation>Add: +feature:foldable, +battery_life=40h, type=desk_lamp</translation>
    </message>
    <message>
        <source>Product facts</source>
        <translation>Product facts</translation>
    </message>
    <message>
        <source>Add a fact</source>
        <translation>Add a fact</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errors</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>warnings</translation>
    </message>
    <message>
        <source>name on screen</source>
        <translation>name on screen</translation>
    </message>
    <message>
        <source>your correction</source>
        <translation>your correction</translation>
    </message>
    <message>
        <source>Unknown terms</source>
        <translation>Unknown terms</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Hook</translation>
    </message>
    <message>
        <source>Price and offer</source>
        <translation>Price and offer</translation>
    </message>
    <message>
        <source>Caption start</source>
        <translation>Caption start</translation>
    </message>
    <message>
        <source>Facts left out</source>
        <translation>Facts left out</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Click a cell to edit that market</source>
        <translation>Click a cell to edit that market</translation>
    </message>
    <message>
        <source>go</source>
        <translation>go</translation>
    </message>
    <message>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <source>no-go</source>
        <translation>no-go</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>How to fix</translation>
    </message>
    <message>
        <source>No fit findings: go.</source>
        <translation>No fit findings: go.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <source>With a check</source>
        <translation>With a check</translation>
    </message>
    <message>
        <source>With a no-go</source>
        <translation>With a no-go</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Double-click a cell to edit that product in that market</source>
        <translation>Double-click a cell to edit that product in that market</translation>
    </message>
    <message>
        <source>Pick a cell to read its reasons and fixes</source>
        <translation>Pick a cell to read its reasons and fixes</translation>
    </message>
    <message>
        <source>Reasons and fixes</source>
        <translation>Reasons and fixes</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>All markets</translation>
    </message>
    <message>
        <source>On {date}: {go} go, {check} check, {nogo} no-go</source>
        <translation>On {date}: {go} go, {check} check, {nogo} no-go</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>No product selected</source>
        <translation>No product selected</translation>
    </message>
    <message>
        <source>Brief written to</source>
        <translation>Brief written to</translation>
    </message>
    <message>
        <source>Writing the brief…</source>
        <translation>Writing the brief…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Save project as…</source>
        <translation>Save project as…</translation>
    </message>
    <message>
        <source>Revert field</source>
        <translation>Revert field</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Open the example catalog</source>
        <translation>Open the example catalog</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>Render</translation>
    </message>
    <message>
        <source>ctk editor</source>
        <translation>ctk editor</translation>
    </message>
    <message>
        <source>Open a catalog (a CSV, Shopify or WooCommerce export) or drop it on the window. Pick a product and a market tab; edit scenes and caption; findings list what to fix. The same project renders with: ctk render PROJECT.ctkproj</source>
        <translation>Open a catalog (a CSV, Shopify or WooCommerce export) or drop it on the window. Pick a product and a market tab; edit scenes and caption; findings list what to fix. The same project renders with: ctk render PROJECT.ctkproj</translation>
    </message>
    <message>
        <source>Welcome to ctk</source>
        <translation>Welcome to ctk</translation>
    </message>
    <message>
        <source>ctk turns a product catalog into short-video scripts, captions, covers and videos for each market. Start with the example catalog, or open your own.</source>
        <translation>ctk turns a product catalog into short-video scripts, captions, covers and videos for each market. Start with the example catalog, or open your own.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Currency of the prices:</source>
        <translation>Currency of the prices:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>products</source>
        <translation>products</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Rendering…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>draft (eSpeak NG)</source>
        <translation>draft (eSpeak NG)</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Video preview needs Qt Multimedia: pip install PySide6-Addons</source>
        <translation>Video preview needs Qt Multimedia: pip install PySide6-Addons</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Jump to scene</source>
        <translation>Jump to scene</translation>
    </message>
    <message>
        <source>Render the video after each edit</source>
        <translation>Render the video after each edit</translation>
    </message>
    <message>
        <source>No video rendered yet</source>
        <translation>No video rendered yet</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Creative</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>This market</source>
        <translation>This market</translation>
    </message>
    <message>
        <source>Import report…</source>
        <translation>Import report…</translation>
    </message>
    <message>
        <source>all markets</source>
        <translation>all markets</translation>
    </message>
    <message>
        <source>No creative of this product is registered yet: render it, then import the platform&apos;s report (ctk results import FILE).</source>
        <translation>No creative of this product is registered yet: render it, then import the platform&apos;s report (ctk results import FILE).</translation>
    </message>
    <message>
        <source>{n} of {total} creatives have results; rates with their 95% intervals.</source>
        <translation>{n} of {total} creatives have results; rates with their 95% intervals.</translation>
    </message>
    <message>
        <source>Results store</source>
        <translation>Results store</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
</context>
<context>
    <name>EditorMixin</name>
    <message>
        <source> · learned {uplift} ({lo} to {hi})</source>
        <translation> · learned {uplift} ({lo} to {hi})</translation>
    </message>
</context>
</TS>
