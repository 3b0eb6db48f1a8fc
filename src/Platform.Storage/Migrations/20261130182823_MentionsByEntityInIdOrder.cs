using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Storage.Migrations
{
    /// <inheritdoc />
    public partial class MentionsByEntityInIdOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_mentions_entity_id_id",
                table: "mentions",
                columns: new[] { "entity_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_mentions_entity_id_id",
                table: "mentions");
        }
    }
}
