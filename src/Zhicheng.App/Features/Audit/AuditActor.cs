namespace Zhicheng.App.Features.Audit;

/// <summary>
/// Who the current unit of work acts for, as the audit trail names them. Scoped: the web app sets it from the
/// signed-in account; a CLI verb names itself (<c>cli:seed</c>).
/// </summary>
public sealed class AuditActor
{
    public string Name { get; set; } = "system";

    public static AuditActor Of(string name) => new() { Name = name };
}
