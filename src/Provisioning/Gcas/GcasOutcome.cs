namespace ChatOps.Provisioning.Gcas;

/// <summary>The result of one GCAS call as a value: success, transient failure or permanent failure.</summary>
public sealed record GcasOutcome<T>
{
    private GcasOutcome(GcasOutcomeKind kind, T? value, GcasFailure? failure)
    {
        Kind = kind;
        Value = value;
        Failure = failure;
    }

    public GcasOutcomeKind Kind { get; }

    public T? Value { get; }

    public GcasFailure? Failure { get; }

    public bool IsSuccess => Kind == GcasOutcomeKind.Success;

    public static GcasOutcome<T> Success(T value) => new(GcasOutcomeKind.Success, value, null);

    public static GcasOutcome<T> Transient(GcasFailure failure) => new(GcasOutcomeKind.TransientFailure, default, failure);

    public static GcasOutcome<T> Permanent(GcasFailure failure) => new(GcasOutcomeKind.PermanentFailure, default, failure);

    public override string ToString() => IsSuccess ? $"Success: {Value}" : $"{Kind}: {Failure}";
}
