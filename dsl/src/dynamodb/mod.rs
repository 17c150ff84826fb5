//! DynamoDB: tables with typed keys, on demand, recoverable, with grants.

pub mod perms;
mod table;

pub use table::{
    AsTable, Attribute, AttributeType, Billing, Index, StreamViewType, Table, TableEncryption, TableProps, TableRef,
};
