import { type ExpressionNode, hasEmptySlot, type PointNode } from './parseTimeExpression';

function dateUnits(point: PointNode): number {
  return (point.year ? 1 : 0) + (point.month ? 1 : 0) + (point.day ? 1 : 0) + (point.hour ? 1 : 0);
}

/**
 * Whether an expression found in running text is really a time expression. 日 and 时 are also
 * words and counters (`连续7日`, `第一时间`, `同时`), so a day or clock time without a month needs a
 * cue: a prefix (从, 自, 截至), a suffix (起, 后, 以来), a range, a clock time or part of the day after
 * the day, or a list after a date (`12月25日、26日`). Slots emptied of their digits (`年月日时至时`)
 * count when they include a month, or a day and an hour with a cue (`日时起`).
 *
 * @param afterList the expression follows a date and a list mark (、和及与)
 */
export function acceptExpression(node: ExpressionNode, afterList: boolean): boolean {
  const point = node.first;
  const cue = node.prefix !== undefined || node.suffix !== undefined || node.second !== undefined;
  if (hasEmptySlot(point) || (node.second !== undefined && hasEmptySlot(node.second))) {
    if ((point.month || node.second?.month) && dateUnits(point) >= 2) return true;
    return point.day !== undefined && point.hour !== undefined && cue;
  }
  if (point.numericDate || point.month || point.year || point.relativeDay !== undefined) return true;
  if (point.day) return cue || afterList || point.hour !== undefined || point.part !== undefined;
  if (point.hour) return cue || point.part !== undefined;
  return false;
}
