namespace ChatOps.Provisioning.Workflow;

public enum Trigger
{
    Accept,
    RejectInvalid,
    Approve,
    Reject,
    TenancyCreated,
    RegionsActivated,
    ConfirmCredentials,
    CredentialsVerified,
    CompartmentCreated,
    TemplateApplied,
    Reported,
    Fail,
    Retry,
    Cancel,
}
