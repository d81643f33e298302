public enum ICal {}
