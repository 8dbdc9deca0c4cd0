//! Rows of several tables read in one statement: each table's columns selected under a prefix,
//! then read back with `Model::from_query_result(row, prefix)`. The entities declare no
//! relations (see `entities`), so the joins stay written out where they are used.

use sea_orm::sea_query::{Alias, SelectStatement};
use sea_orm::{ColumnTrait, EntityTrait, IdenStatic, Iterable};

/// Adds every column of `E` to `query`, each named `{prefix}{column}`.
pub(crate) fn columns_as<E: EntityTrait>(query: &mut SelectStatement, prefix: &str) {
    for column in E::Column::iter() {
        let alias = Alias::new(format!("{prefix}{}", column.as_str()));
        query.expr_as(column.into_expr(), alias);
    }
}
