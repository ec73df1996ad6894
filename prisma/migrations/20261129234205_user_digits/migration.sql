-- CreateEnum
CREATE TYPE "Digits" AS ENUM ('KHMER', 'LATIN');

-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "digits" "Digits" NOT NULL DEFAULT 'KHMER';
