using ChatOps.Provisioning.Gcas;
using ChatOps.Provisioning.Notifications.Email;

namespace ChatOps.Tests.Notifications.Email;

internal static class Notices
{
    public static CompletionNotice Completion(params string[] recipients) => new(
        "GCAS-2026-000123", "千代田区", "住民記録システム",
        recipients.Length == 0 ? ["admin@city.chiyoda.lg.jp"] : recipients,
        [
            new ProvisionedTenancy("本番", "ocid1.tenancy.oc1..aaaaaaaaprod", "chiyodajuminprod", "ap-tokyo-1", "https://cloud.oracle.com/?tenant=chiyodajuminprod&region=ap-tokyo-1"),
            new ProvisionedTenancy("検証", "ocid1.tenancy.oc1..aaaaaaaastg", "chiyodajuminstg", "ap-tokyo-1", "https://cloud.oracle.com/?tenant=chiyodajuminstg&region=ap-tokyo-1"),
        ]);

    public static RejectionNotice Rejection() => new(
        "GCAS-2026-900001", "千代田区", "住民記録<script>alert(1)</script>システム", ["admin@city.chiyoda.lg.jp"],
        ["地方公共団体コード 131017 の検査数字が正しくありません（正: 131016） / The check digit of local government code 131017 is wrong (expected 131016)"]);
}
