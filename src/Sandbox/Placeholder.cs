namespace ChatOps.Sandbox;

internal static class Placeholder;
