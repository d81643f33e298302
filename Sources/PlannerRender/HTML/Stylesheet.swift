/// The report's only stylesheet, inline: system fonts, the palette, a phone layout where text
/// wraps and only the chart's bars scroll sideways under names that stay (issue 25 §7), and a
/// landscape print layout (the names take 250 of the chart's 1140 units, 21.93%).
public enum Stylesheet {
  public static func css(_ p: Palette) -> String {
    """
    :root{color-scheme:light}
    *{box-sizing:border-box}
    body{margin:0;background:\(p.background);color:\(p.text);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
    main{max-width:75rem;margin:0 auto;padding:1rem 1.25rem 3rem}
    h1{font-size:1.5rem;margin:.5rem 0 .25rem}
    h2{font-size:1.15rem;margin:1.75rem 0 .5rem;border-bottom:1px solid \(p.grid);padding-bottom:.2rem}
    p,li{overflow-wrap:anywhere}
    td,th{overflow-wrap:break-word}
    a{color:\(p.link)}
    .muted{color:\(p.muted)}
    .notices li{color:\(p.warningText)}
    .verdict{border:2px solid \(p.okText);border-left-width:.6rem;padding:.6rem .9rem;margin:1rem 0}
    .verdict.not-feasible{border-color:\(p.badText)}
    .verdict.at-risk{border-color:\(p.warningText)}
    .verdict .headline{font-size:1.2rem;font-weight:700;margin:0}
    .verdict.feasible .headline{color:\(p.okText)}
    .verdict.not-feasible .headline{color:\(p.badText)}
    .verdict.at-risk .headline{color:\(p.warningText)}
    .verdict p{margin:.3rem 0}
    .chart{overflow-x:auto;-webkit-overflow-scrolling:touch;border:1px solid \(p.grid);background:\(p.background)}
    .chart svg{display:block;overflow:hidden}
    .chart .gantt-rows{display:flex;width:max-content}
    .chart .gantt-names{flex:none;position:sticky;left:0;z-index:1;background:\(p.background);border-right:1px solid \(p.grid)}
    .chart .gantt-names.narrow{display:none}
    .past{color:\(p.muted);font-size:.9rem}
    svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;font-size:12px;fill:\(p.text)}
    svg .band{fill:\(p.phaseBand)}
    svg .phase-name{font-weight:700}
    svg .month{fill:\(p.muted);font-size:11px}
    svg .tick{stroke:\(p.muted)}
    svg .grid{stroke:\(p.grid);stroke-width:.5;stroke-dasharray:1 3}
    svg .bar{fill:\(p.planned)}
    svg .crit .bar,svg .crit .mark{fill:\(p.critical)}
    svg .crit .name{font-weight:700}
    svg .done .bar{fill:url(#hatch);stroke:\(p.done)}
    svg .done .mark{fill:\(p.background);stroke:\(p.done);stroke-width:1.5}
    svg .done .name,svg .done .float-label{fill:\(p.muted)}
    svg .mark{fill:\(p.planned)}
    svg .booked .bar,svg .booked .mark{stroke:\(p.text);stroke-width:2}
    svg .est{fill:url(#dots)}
    svg .float{stroke:\(p.whisker);stroke-width:1.5;fill:none}
    svg .deadline{stroke:\(p.badText);stroke-width:1.5;fill:none}
    svg .late .name,svg .late .float-label{fill:\(p.badText);font-weight:700}
    svg .float-label{font-variant-numeric:tabular-nums}
    svg .gate line{stroke:\(p.gate);stroke-width:1.5}
    svg .gate text{fill:\(p.gate);font-size:11px}
    svg .today line{stroke:\(p.today);stroke-width:1.5;stroke-dasharray:5 3}
    svg .risk-band rect{fill:\(p.band)}
    svg .risk-band path{stroke:\(p.band);stroke-width:1.5}
    svg .today text{fill:\(p.today);font-size:11px;font-weight:700}
    svg .task:hover .band,svg .task:hover .name{text-decoration:underline}
    .legend{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;padding:0;list-style:none;font-size:.9rem}
    .legend svg{vertical-align:middle;margin-right:.3rem}
    .table-wrap{overflow-x:auto}
    table{border-collapse:collapse;font-size:.92rem}
    th,td{text-align:left;padding:.25rem .6rem .25rem 0;border-bottom:1px solid \(p.phaseBand);vertical-align:top}
    td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    td.date,td.status,th{white-space:nowrap}
    .ok{color:\(p.okText)}
    .bad{color:\(p.badText);font-weight:700}
    .warn{color:\(p.warningText)}
    .sev{font-weight:700;text-transform:uppercase;font-size:.8rem;letter-spacing:.03em}
    ol.next li{margin:.2rem 0}
    ol.next .kind{font-weight:700;text-transform:uppercase;font-size:.8rem;letter-spacing:.03em}
    ol.next .record{display:block;color:\(p.muted);font-size:.85rem}
    ol.next code{overflow-wrap:anywhere}
    .sources li{margin:.3rem 0}
    .sources .used{color:\(p.muted);font-size:.9rem}
    footer{margin-top:2rem;font-size:.85rem;color:\(p.muted)}
    @media (max-width:40rem){body{font-size:14px}main{padding:.75rem}h1{font-size:1.25rem}
    .chart .gantt-names.wide{display:none}.chart .gantt-names.narrow{display:block}}
    @page{size:landscape;margin:12mm}
    @media print{body{font-size:10.5pt}main{max-width:none;padding:0}.chart{overflow:visible;border:none}
    .chart .gantt-rows{width:100%}.chart .gantt-names.narrow{display:none}.chart .gantt-names.wide{display:block;position:static;width:21.93%;height:auto}
    .chart .gantt{width:78.07%;height:auto}a{color:\(p.text)}a[href]::after{content:" (" attr(href) ")";font-size:.8em;color:\(p.muted)}
    h2{break-after:avoid}tr,li,.verdict{break-inside:avoid}}
    """
  }
}
