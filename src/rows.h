/*
 * Internal: every row file of the catalogue, listed once, and the index
 * each row gets. Included by the library and by the table generator.
 */
#ifndef WSAERR_ROWS_H
#define WSAERR_ROWS_H

/* Row indexes, in the order of data/codes.def, which is ascending by code. */
enum wsaerr_row_index {
#define W(name, value, cat, transient, errno_name, twin) IDX_##name,
#include "data/codes.def"
#undef W
	IDX_COUNT
};

/* TWIN = NONE in data/codes.def */
#define IDX_NONE (-1)

#endif
