using ChatOps.Provisioning.Workflow;
using ChatOps.Tests.Support;
using LiteDB;

namespace ChatOps.Tests.Bot.Cli;

public class CommandLineTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private Dictionary<string, string> Environment => new() { ["Storage__Path"] = _directory.File("chatops.db") };

    [Fact]
    public async Task Demo_completes_every_valid_application_rejects_the_malformed_ones_and_leaves_a_verifiable_trail()
    {
        var (exit, output, error) = await ChatOpsProcess.RunAsync(Environment, _directory.Path, "demo", "--applications", "20");

        Assert.True(exit == 0, output + error);
        Assert.Contains("Completed 17, rejected 3, other 0; 0 not as expected.", output, StringComparison.Ordinal);
        Assert.Contains("Received → AwaitingApproval → CreatingTenancy → ActivatingRegions → AwaitingCredentials → ApplyingTemplate → ReportingToGcas → Completed", output, StringComparison.Ordinal);
        Assert.Contains("Lead time p50", output, StringComparison.Ordinal);

        var verify = await ChatOpsProcess.RunAsync(Environment, _directory.Path, "audit", "verify");
        Assert.Equal(0, verify.ExitCode);
        Assert.StartsWith("intact:", verify.Output, StringComparison.Ordinal);

        using (var database = new LiteDatabase($"Filename={_directory.File("chatops.db")};Connection=direct"))
        {
            var audit = database.GetCollection("audit");
            var entry = audit.FindById(3);
            entry["ActorName"] = "someone else";
            audit.Update(entry);
        }

        var tampered = await ChatOpsProcess.RunAsync(Environment, _directory.Path, "audit", "verify");
        Assert.Equal(1, tampered.ExitCode);
        Assert.Contains("BROKEN at entry 3 (Edited)", tampered.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_json_reports_each_application_and_the_export_filters_by_request()
    {
        var (exit, output, _) = await ChatOpsProcess.RunAsync(Environment, _directory.Path, "demo", "--applications", "3", "--json");
        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(3, json.RootElement.GetProperty("summary").GetProperty("total").GetInt32());
        Assert.Equal("Rejected", json.RootElement.GetProperty("applications")[2].GetProperty("finalState").GetString());

        var export = await ChatOpsProcess.RunAsync(Environment, _directory.Path, "audit", "export", "--format", "csv", "--request", "PR-2");
        var lines = export.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("sequence,time,actorKind,actorId,actorName,action,requestId,details,previousHash,hash", lines[0]);
        Assert.True(lines.Length > 5);
        Assert.All(lines.Skip(1), line => Assert.Contains(",PR-2,", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Workflow_diagram_prints_every_state()
    {
        var (exit, output, _) = await ChatOpsProcess.RunAsync(Environment, _directory.Path, "workflow", "diagram");

        Assert.Equal(0, exit);
        Assert.StartsWith("stateDiagram-v2", output, StringComparison.Ordinal);
        Assert.All(Enum.GetNames<RequestState>(), state => Assert.Contains(state, output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Audit_verify_without_a_data_file_says_where_it_looked()
    {
        var (exit, _, error) = await ChatOpsProcess.RunAsync(Environment, _directory.Path, "audit", "verify");

        Assert.Equal(2, exit);
        Assert.Contains("No data file", error, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();
}
