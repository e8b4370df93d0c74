namespace ChatOps.Provisioning.Oci.Auth;

/// <summary>
/// Credentials could not be obtained. <see cref="IsPermanent"/> says whether trying again can help (a missing file
/// or a cluster that is not Enhanced will not fix itself). Messages never contain a token or key.
/// </summary>
internal sealed class OciAuthException(string message, bool isPermanent, Exception? innerException = null)
    : Exception(message, innerException)
{
    public bool IsPermanent { get; } = isPermanent;
}
