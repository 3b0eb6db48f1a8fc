using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Storage.Migrations
{
    /// <summary>
    /// Relation groups (see <see cref="Storage.RelationGroups"/>), counted once here from the relations already stored.
    /// No notification trigger: the table is written only in transactions that also write relations, which notify.
    /// </summary>
    public partial class RelationGroups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "relation_groups",
                columns: table => new
                {
                    entity_id = table.Column<string>(type: "text", nullable: false),
                    other_id = table.Column<string>(type: "text", nullable: false),
                    predicate = table.Column<string>(type: "text", nullable: false),
                    direction = table.Column<string>(type: "text", nullable: false),
                    evidence_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_relation_groups", x => new { x.entity_id, x.other_id, x.predicate, x.direction });
                });

            migrationBuilder.Sql($"""
                INSERT INTO relation_groups (entity_id, other_id, predicate, direction, evidence_count)
                {Storage.RelationGroups.RecountSql};
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "relation_groups");
        }
    }
}
