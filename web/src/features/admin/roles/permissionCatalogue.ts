import type { RoleMatrixQuery } from '../../../graphql/generated/graphql';
import type { Language } from '../../../i18n';

export type CataloguePermission = RoleMatrixQuery['permissions'][number];

export interface PermissionArea {
  area: string;
  permissions: CataloguePermission[];
}

/** The catalogue grouped by area, areas and permissions in the catalogue's own order. */
export function groupByArea(catalogue: readonly CataloguePermission[]): PermissionArea[] {
  const areas = new Map<string, CataloguePermission[]>();
  for (const permission of catalogue) {
    const list = areas.get(permission.area) ?? [];
    list.push(permission);
    areas.set(permission.area, list);
  }
  return [...areas].map(([area, permissions]) => ({ area, permissions }));
}

/** What a permission allows, in the interface language (the catalogue carries both). */
export function permissionText(permission: CataloguePermission, language: Language): string {
  return language === 'zh-CN' ? permission.zhCN : permission.en;
}
