public enum Gantt {}
