namespace ChatOps.Provisioning.Gcas.Auth;

/// <summary>
/// Thrown inside the Google.Apis.Auth pipeline so the hop that failed survives the library's own error
/// handling; <see cref="WorkloadIdentityTokenSource"/> turns it back into a <see cref="GoogleAuthFailure"/> value.
/// </summary>
internal sealed class GoogleAuthHopException : Exception
{
    public GoogleAuthHopException(GoogleAuthFailure failure)
        : base(failure.Message) => Failure = failure;

    public GoogleAuthFailure Failure { get; }
}
