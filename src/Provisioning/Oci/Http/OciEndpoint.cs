namespace ChatOps.Provisioning.Oci.Http;

/// <summary>
/// Where one service call goes: <see cref="BaseAddress"/> is the connection target plus the API version path
/// (ending in '/'); <see cref="Host"/> is the regional host name the request addresses, sent and signed as Host.
/// </summary>
internal sealed record OciEndpoint(Uri BaseAddress, string Host);
