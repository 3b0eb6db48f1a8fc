using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Storage.Migrations
{
    /// <summary>
    /// One notification per committed transaction that changes what reads return (PostgreSQL folds identical
    /// notifications of one transaction into one and delivers them at commit, never for a rollback).
    /// </summary>
    public partial class GraphChangeNotifications : Migration
    {
        private const string Function = "platform_notify_graph_changed";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                CREATE FUNCTION {Function}() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('{GraphChanges.Channel}', '');
                    RETURN NULL;
                END $$;
                """);
            foreach (var table in GraphChanges.Tables)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_notify_graph_changed
                    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
                    FOR EACH STATEMENT EXECUTE FUNCTION {Function}();
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in GraphChanges.Tables)
            {
                migrationBuilder.Sql($"DROP TRIGGER {table}_notify_graph_changed ON {table};");
            }
            migrationBuilder.Sql($"DROP FUNCTION {Function}();");
        }
    }
}
