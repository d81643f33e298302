/// The chart's key: every mark, drawn as in the chart and named in words.
enum Legend {
  static let html = """
    <ul class="legend" aria-label="Chart key">
    <li><svg width="28" height="14" aria-hidden="true"><rect x="1" y="2" width="26" height="10" fill="#2b5d9b"/></svg>planned</li>
    <li><svg width="28" height="14" aria-hidden="true"><rect x="1" y="2" width="26" height="10" fill="#b3261e"/></svg>★ on the deciding chain (a delay here delays the verdict's date)</li>
    <li><svg width="28" height="14" aria-hidden="true"><defs><pattern id="hatch-key" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="3" height="6" fill="#6e6e6e"/></pattern></defs><rect x="1" y="2" width="26" height="10" fill="url(#hatch-key)" stroke="#6e6e6e"/></svg>done</li>
    <li><svg width="28" height="14" aria-hidden="true"><rect x="1" y="2" width="26" height="10" fill="#2b5d9b"/><circle cx="6" cy="7" r="1.1" fill="#ffffff"/><circle cx="11" cy="7" r="1.1" fill="#ffffff"/><circle cx="16" cy="7" r="1.1" fill="#ffffff"/><circle cx="21" cy="7" r="1.1" fill="#ffffff"/></svg>≈ dotted: rests on an estimated date or duration</li>
    <li><svg width="28" height="14" aria-hidden="true"><rect x="2" y="2" width="24" height="10" fill="#2b5d9b" stroke="#1b1b1b" stroke-width="2"/></svg>● booked (fixed date, outlined)</li>
    <li><svg width="18" height="14" aria-hidden="true"><path d="M9 0L16 7L9 14L2 7Z" fill="#2b5d9b"/></svg>milestone (hollow when done)</li>
    <li><svg width="28" height="14" aria-hidden="true"><path d="M1 7H26M26 3V11" stroke="#3d3d3d" stroke-width="1.5" fill="none"/></svg>days to spare: room to slip, +N days at the row's end</li>
    <li><svg width="14" height="14" aria-hidden="true"><path d="M8 1V13M3 1H8M3 13H8" stroke="#b3261e" stroke-width="1.5" fill="none"/></svg>hard deadline</li>
    <li><svg width="14" height="14" aria-hidden="true"><path d="M7 0V14" stroke="#5e3a8c" stroke-width="1.5"/></svg>the cycle's gates, labelled at the top</li>
    <li><svg width="14" height="14" aria-hidden="true"><path d="M7 0V14" stroke="#1d6b34" stroke-width="1.5" stroke-dasharray="4 2"/></svg>today (dashed)</li>
    </ul>
    """
}
