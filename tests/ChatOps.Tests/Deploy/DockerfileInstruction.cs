namespace ChatOps.Tests.Deploy;

/// <summary>One instruction of a Dockerfile, continuation lines joined; <paramref name="Stage"/> counts FROMs (-1 before the first).</summary>
internal sealed record DockerfileInstruction(string Keyword, string Arguments, int Stage);
