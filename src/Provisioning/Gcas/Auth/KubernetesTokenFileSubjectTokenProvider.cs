using Google.Apis.Auth.OAuth2;

namespace ChatOps.Provisioning.Gcas.Auth;

/// <summary>
/// Subject tokens from a projected service-account token file. The kubelet rotates the file, so it is read
/// again for every exchange rather than cached.
/// </summary>
internal sealed class KubernetesTokenFileSubjectTokenProvider(string path)
    : ProgrammaticExternalAccountCredential.ISubjectTokenProvider
{
    public async Task<string> GetSubjectTokenAsync(ProgrammaticExternalAccountCredential caller, CancellationToken taskCancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, taskCancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Transient: right after a pod starts the kubelet may not have written the projected token yet.
            throw new GoogleAuthHopException(new GoogleAuthFailure(
                AuthHop.SubjectTokenFile, null, "token_file_unreadable", $"{path}: {e.GetType().Name}", IsTransient: true));
        }

        var token = text.Trim();
        if (token.Length == 0)
        {
            throw new GoogleAuthHopException(new GoogleAuthFailure(
                AuthHop.SubjectTokenFile, null, "token_file_empty", path, IsTransient: true));
        }

        return token;
    }
}
