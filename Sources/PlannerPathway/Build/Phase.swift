/// The groups a plan's tasks are shown in, in road order.
public enum Phase: String, CaseIterable, Sendable {
  case ecfmg = "ECFMG & credentials"
  case usmle = "USMLE"
  case clinicalSkills = "Clinical skills (OET + Pathway)"
  case eras = "ERAS application"
  case match = "NRMP Match"
  case visa = "Visa"
  case residency = "Residency"
  case own = "Your own tasks"
}
