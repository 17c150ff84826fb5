// @generated from AWS::DynamoDB::Backup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DynamoDB::Backup` and its property types.

/// Resource Type definition for AWS::DynamoDB::Backup
///
/// CloudFormation type `AWS::DynamoDB::Backup`.
#[derive(Debug, Clone, PartialEq)]
pub struct Backup {
    props: ::forma_core::schema::Props,
}
impl Backup {
    /// A new resource with its required properties: `BackupName`, `TableName`.
    #[track_caller]
    pub fn new(
        backup_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, backup_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, table_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for Backup {
    type Attributes = BackupAttributes;
    fn type_name(&self) -> &str {
        "AWS::DynamoDB::Backup"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::DynamoDB::Backup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BackupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BackupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BackupAttributes {
    /// `Fn::GetAtt` `BackupStatus`.
    pub fn backup_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BackupStatus")
    }
    /// `Fn::GetAtt` `BackupSizeBytes`.
    pub fn backup_size_bytes(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "BackupSizeBytes")
    }
    /// `Fn::GetAtt` `BackupArn`.
    pub fn backup_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BackupArn")
    }
    /// `Fn::GetAtt` `BackupType`.
    pub fn backup_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BackupType")
    }
    /// `Fn::GetAtt` `BackupId`.
    pub fn backup_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BackupId")
    }
    /// `Fn::GetAtt` `BackupCreationDateTime`.
    pub fn backup_creation_date_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BackupCreationDateTime")
    }
}

/// The schema of `AWS::DynamoDB::Backup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DynamoDB::Backup",
    properties: &[
        ::forma_core::schema::Property {
            name: "BackupName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["BackupStatus", "BackupSizeBytes", "BackupArn", "BackupType", "BackupId", "BackupCreationDateTime"],
};
