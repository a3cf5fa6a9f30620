"""What openpyxl reads from a workbook, in the normalised shape the writers' contract test compares
(test/excel/contract.test.ts): per sheet its cells (value or formula, number format, font, fill,
alignment, borders), merges, widths in characters, heights in points, frozen panes, print setup,
tab colour; the workbook-scoped defined names with their sheet and visibility.

Usage: dump_workbook.py FILE [SHEET ...]   (no sheets: all of them)"""
import datetime
import json
import sys

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter


def rgb(color):
    if color is None or color.type != 'rgb' or not isinstance(color.rgb, str):
        return None
    return color.rgb[-6:].upper()


def side(s):
    return s.style if s is not None and s.style else None


def cell_of(c):
    out = {}
    v = c.value
    if isinstance(v, str) and c.data_type == 'f':
        out['f'] = v
    elif isinstance(v, (datetime.datetime, datetime.date)):
        base = datetime.datetime(1899, 12, 30)
        d = v if isinstance(v, datetime.datetime) else datetime.datetime(v.year, v.month, v.day)
        out['v'] = (d - base).days
    elif v is not None and not hasattr(v, 'text'):
        out['v'] = v
    if c.number_format and c.number_format != 'General':
        out['fmt'] = c.number_format
    f = c.font
    if f is not None:
        if f.b:
            out['bold'] = True
        if f.i:
            out['italic'] = True
        if rgb(f.color) and rgb(f.color) != '000000':
            out['fontColor'] = rgb(f.color)
    if c.fill is not None and c.fill.fill_type == 'solid':
        out['fill'] = rgb(c.fill.fgColor)
    a = c.alignment
    if a is not None:
        if a.horizontal and a.horizontal != 'general':
            out['hAlign'] = a.horizontal
        if a.vertical and a.vertical != 'bottom':
            out['vAlign'] = a.vertical
        if a.wrap_text:
            out['wrap'] = True
    b = c.border
    if b is not None:
        sides = [side(b.top), side(b.bottom), side(b.left), side(b.right)]
        if any(sides):
            out['border'] = sides
    return out


def dump_sheet(ws):
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            d = cell_of(c)
            if d:
                cells[c.coordinate] = d
    widths = {}
    for key, dim in ws.column_dimensions.items():
        if dim.width is not None and dim.customWidth:
            for col in range(dim.min or 0, (dim.max or 0) + 1):
                if col > 0:
                    widths[get_column_letter(col)] = round(dim.width, 2)
    heights = {str(r): dim.height for r, dim in ws.row_dimensions.items() if dim.height is not None}
    ps = ws.page_setup
    fit = ws.sheet_properties.pageSetUpPr is not None and bool(ws.sheet_properties.pageSetUpPr.fitToPage)
    print_setup = {
        'orientation': ps.orientation,
        'paper': ps.paperSize,
        'fitToWidth': fit and str(ps.fitToWidth or 1) == '1' and str(ps.fitToHeight) == '0',
        'titleRows': ws.print_title_rows,
        'area': ws.print_area,
        'rowBreaks': [b.id for b in ws.row_breaks.brk],
    }
    tab = ws.sheet_properties.tabColor
    return {
        'cells': cells,
        'merges': sorted(str(m) for m in ws.merged_cells.ranges),
        'widths': widths,
        'heights': heights,
        'freeze': ws.freeze_panes,
        'print': print_setup,
        'tabColor': rgb(tab) if tab is not None else None,
    }


def main():
    wb = load_workbook(sys.argv[1])
    wanted = sys.argv[2:]
    out = {'sheets': wb.sheetnames, 'dump': {}, 'names': []}
    for ws in wb.worksheets:
        if wanted and ws.title not in wanted:
            continue
        out['dump'][ws.title] = dump_sheet(ws)
    names = wb.defined_names
    items = names.items() if hasattr(names, 'items') else [(dn.name, dn) for dn in names.definedName]
    for name, dn in items:
        if getattr(dn, 'localSheetId', None) is not None:
            continue
        dests = list(dn.destinations)
        out['names'].append({'name': name, 'sheet': dests[0][0] if dests else None, 'hidden': bool(dn.hidden)})
    print(json.dumps(out))


main()
