using ChatOps.Provisioning.Audit;

namespace ChatOps.Provisioning.Storage;

public sealed record BackupResult(string Path, long Bytes, int Requests, AuditVerification Audit);
