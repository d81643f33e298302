public enum Pathway {}
