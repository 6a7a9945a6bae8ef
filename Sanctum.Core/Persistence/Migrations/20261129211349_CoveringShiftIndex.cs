using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sanctum.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CoveringShiftIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_shifts_user_id_occurred_at",
                schema: "mood",
                table: "shifts");

            migrationBuilder.CreateIndex(
                name: "ix_shifts_user_id_occurred_at",
                schema: "mood",
                table: "shifts",
                columns: new[] { "user_id", "occurred_at" })
                .Annotation("Npgsql:IndexInclude", new[] { "id", "current_state", "intensity", "functionality" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_shifts_user_id_occurred_at",
                schema: "mood",
                table: "shifts");

            migrationBuilder.CreateIndex(
                name: "ix_shifts_user_id_occurred_at",
                schema: "mood",
                table: "shifts",
                columns: new[] { "user_id", "occurred_at" });
        }
    }
}
