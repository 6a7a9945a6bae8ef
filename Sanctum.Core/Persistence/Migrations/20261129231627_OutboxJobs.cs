using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sanctum.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OutboxJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "notification_id",
                schema: "notifications",
                table: "outbox",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<string>(
                name: "job_payload",
                schema: "notifications",
                table: "outbox",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "job_type",
                schema: "notifications",
                table: "outbox",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_outbox_notification_or_job",
                schema: "notifications",
                table: "outbox",
                sql: "(notification_id IS NULL) <> (job_type IS NULL) AND (job_type IS NULL) = (job_payload IS NULL)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_outbox_notification_or_job",
                schema: "notifications",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "job_payload",
                schema: "notifications",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "job_type",
                schema: "notifications",
                table: "outbox");

            migrationBuilder.AlterColumn<Guid>(
                name: "notification_id",
                schema: "notifications",
                table: "outbox",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
