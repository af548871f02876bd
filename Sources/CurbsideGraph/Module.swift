public enum CurbsideGraphModule {}
