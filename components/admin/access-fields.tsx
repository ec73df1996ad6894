"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { FieldErrors, inputClass } from "@/components/forms/field";
import { PROVINCES } from "@/lib/domain/provinces";
import type { TFieldError } from "@/lib/validation/error-map";
import { ROLES } from "@/lib/validation/users";

export type AccessValues = {
  role?: string;
  nationalScope?: boolean;
  provinceIds?: number[];
};

/** Role and scope inputs, shared by the create and edit forms. */
export function AccessFields({
  defaults,
  errors,
}: {
  defaults: AccessValues;
  errors?: Record<string, TFieldError[]>;
}) {
  const t = useTranslations("admin");
  const tEnum = useTranslations("enums");
  const locale = useLocale();
  const [national, setNational] = useState(defaults.nationalScope ?? false);
  const selected = new Set(defaults.provinceIds ?? []);
  return (
    <>
      <div className="space-y-1">
        <label htmlFor="field-role" className="block text-sm font-medium">
          {t("role")}
        </label>
        <select
          id="field-role"
          name="role"
          defaultValue={defaults.role ?? "STAFF"}
          className={inputClass}
          aria-invalid={errors?.role ? true : undefined}
          aria-describedby={errors?.role ? "field-role-error" : undefined}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {tEnum(`Role.${r}`)}
            </option>
          ))}
        </select>
        <FieldErrors id="field-role-error" errors={errors?.role} />
      </div>
      <fieldset
        className="space-y-2"
        aria-describedby={errors?.provinceIds ? "field-provinceIds-error" : undefined}
      >
        <legend className="text-sm font-medium">{t("scope")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="nationalScope"
            defaultChecked={national}
            onChange={(e) => setNational(e.target.checked)}
          />
          {t("nationalScope")}
        </label>
        <div className="grid grid-cols-1 gap-1 sm:grid-cols-2 lg:grid-cols-3" hidden={national}>
          {PROVINCES.map((p) => (
            <label key={p.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="provinceIds[]"
                value={p.id}
                defaultChecked={selected.has(p.id)}
              />
              {locale === "km" ? p.nameKm : p.nameEn}
            </label>
          ))}
        </div>
        <FieldErrors id="field-provinceIds-error" errors={errors?.provinceIds} />
      </fieldset>
    </>
  );
}
