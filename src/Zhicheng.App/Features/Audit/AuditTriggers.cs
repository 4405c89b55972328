namespace Zhicheng.App.Features.Audit;

/// <summary>
/// Database triggers that refuse UPDATE and DELETE on the audit trail, so that no code path — ours or a
/// careless script — can rewrite history through the application's connection. Someone with the database
/// file or superuser rights can still drop them; that is what <see cref="AuditVerifier"/> is for.
/// </summary>
public static class AuditTriggers
{
    public const string Sqlite = """
        CREATE TRIGGER audit_entries_append_only_update BEFORE UPDATE ON audit_entries
        BEGIN SELECT RAISE(ABORT, '审计记录只能追加，不能修改'); END;
        CREATE TRIGGER audit_entries_append_only_delete BEFORE DELETE ON audit_entries
        BEGIN SELECT RAISE(ABORT, '审计记录只能追加，不能删除'); END;
        """;

    public const string PostgreSql = """
        CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '审计记录只能追加，不能修改或删除'; END $$;
        CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
        FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
        """;
}
