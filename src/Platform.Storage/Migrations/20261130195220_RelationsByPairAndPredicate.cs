using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Storage.Migrations
{
    /// <inheritdoc />
    public partial class RelationsByPairAndPredicate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_relations_object_id",
                table: "relations");

            migrationBuilder.DropIndex(
                name: "ix_relations_subject_id",
                table: "relations");

            migrationBuilder.CreateIndex(
                name: "ix_relations_object_subject_predicate",
                table: "relations",
                columns: new[] { "object_id", "subject_id", "predicate", "confidence", "id" },
                descending: new[] { false, false, false, true, false });

            migrationBuilder.CreateIndex(
                name: "ix_relations_subject_object_predicate",
                table: "relations",
                columns: new[] { "subject_id", "object_id", "predicate", "confidence", "id" },
                descending: new[] { false, false, false, true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_relations_object_subject_predicate",
                table: "relations");

            migrationBuilder.DropIndex(
                name: "ix_relations_subject_object_predicate",
                table: "relations");

            migrationBuilder.CreateIndex(
                name: "ix_relations_object_id",
                table: "relations",
                column: "object_id");

            migrationBuilder.CreateIndex(
                name: "ix_relations_subject_id",
                table: "relations",
                column: "subject_id");
        }
    }
}
