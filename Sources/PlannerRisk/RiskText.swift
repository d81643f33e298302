/// Number formatting for risk outputs, without Foundation, so text is the same everywhere: the
/// inputs table (`RiskInputs`) and every view of the risk layer in PlannerRender (`planner risk`,
/// `plan --risk`, `JSONValue.number`) share this one copy.
public enum RiskText {
  /// 0.6123 → "61.2%".
  public static func percent(_ p: Double, decimals: Int = 1) -> String { fixed(p * 100, decimals: decimals) + "%" }

  public static func fixed(_ value: Double, decimals: Int) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let negative = value < 0
    let units = Int((abs(value) * scale).rounded())
    let whole = Int(Double(units) / scale)
    var text = String(whole)
    if decimals > 0 {
      let fraction = String(units - Int(Double(whole) * scale))
      text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
    return (negative && units != 0 ? "-" : "") + text
  }

  public static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  public static func monthDay(_ md: (month: Int, day: Int)) -> String { "\(months[md.month - 1]) \(md.day)" }

  public static func pad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
  }

  public static func padLeft(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
  }
}
