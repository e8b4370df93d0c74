namespace ChatOps.Provisioning.Gcas.Auth;

/// <summary>
/// Thrown inside the Google.Apis.Auth pipeline so the hop that failed survives the library's own error
/// handling; <see cref="WorkloadIdentityTokenSource"/> turns it back into a <see cref="GoogleAuthFailure"/> value.
/// </summary>
internal sealed class GoogleAuthHopException : Exception
{
    public GoogleAuthHopException(GoogleAuthFailure failure)
        : base(failure.Message) => Failure = failure;

    public GoogleAuthHopException()
        : this(new GoogleAuthFailure(AuthHop.Sts, null, null, null, IsTransient: true))
    {
    }

    public GoogleAuthHopException(string message)
        : base(message) => Failure = new GoogleAuthFailure(AuthHop.Sts, null, null, message, IsTransient: true);

    public GoogleAuthHopException(string message, Exception innerException)
        : base(message, innerException) => Failure = new GoogleAuthFailure(AuthHop.Sts, null, null, message, IsTransient: true);

    public GoogleAuthFailure Failure { get; }
}
