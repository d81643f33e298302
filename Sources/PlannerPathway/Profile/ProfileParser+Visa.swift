import PlannerCore
import PlannerRules
import Yams

extension ProfileParser {
  /// `statement_of_need: after_match | before_match | YYYY-MM-DD` (the day it was or will be requested).
  mutating func readStatementOfNeed(_ node: Node) {
    guard let text = reader.string(node, "statement_of_need") else { return }
    switch text.lowercased() {
    case "after_match": profile.statementOfNeed = .afterMatch
    case "before_match": profile.statementOfNeed = .beforeMatch
    default:
      if text.first?.isNumber == true {
        if let day = reader.date(node, "statement_of_need") { profile.statementOfNeed = .on(day) }
        return
      }
      let hint = nearest(text.lowercased(), in: StatementOfNeedRequest.names).map { "; did you mean '\($0)'?" } ?? ""
      reader.fail(node, "statement_of_need: \(YAMLText.quoted(text)) is not one of \(StatementOfNeedRequest.names.joined(separator: ", ")) or a date (YYYY-MM-DD)\(hint)")
    }
  }
}
