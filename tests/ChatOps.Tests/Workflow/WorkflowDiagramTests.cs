using ChatOps.Provisioning.Workflow;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Workflow;

public class WorkflowDiagramTests
{
    [Fact]
    public void Docs_hold_the_diagram_generated_from_the_configuration()
    {
        var document = File.ReadAllText(RepositoryRoot.File("docs", "workflow.md")).ReplaceLineEndings("\n");
        var start = document.IndexOf("```mermaid\n", StringComparison.Ordinal) + "```mermaid\n".Length;
        var end = document.IndexOf("\n```", start, StringComparison.Ordinal);

        Assert.Equal(RequestWorkflow.MermaidDiagram().ReplaceLineEndings("\n").Trim(), document[start..end].Trim());
    }

    [Fact]
    public void The_diagram_names_every_state()
    {
        var diagram = RequestWorkflow.MermaidDiagram();

        Assert.All(Enum.GetNames<RequestState>(), state => Assert.Contains(state, diagram, StringComparison.Ordinal));
    }
}
