// @generated from AWS::RedshiftServerless::Namespace (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RedshiftServerless::Namespace` and its property types.

/// Definition of AWS::RedshiftServerless::Namespace Resource Type
///
/// CloudFormation type `AWS::RedshiftServerless::Namespace`.
#[derive(Debug, Clone, PartialEq)]
pub struct Namespace {
    props: ::forma_core::schema::Props,
}
impl Namespace {
    /// A new resource with its required properties: `NamespaceName`.
    #[track_caller]
    pub fn new(namespace_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(11, namespace_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ID of the AWS Key Management Service (KMS) key used to encrypt and store the namespace's admin credentials secret.
    #[track_caller]
    pub fn admin_password_secret_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The password associated with the admin user for the namespace that is being created.
    ///
    /// Allowed: length 8 to 64.
    #[track_caller]
    pub fn admin_user_password(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The user name associated with the admin user for the namespace that is being created.
    #[track_caller]
    pub fn admin_username(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The database name associated for the namespace that is being created.
    ///
    /// Allowed: length 0 to 127.
    #[track_caller]
    pub fn db_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The default IAM role ARN for the namespace that is being created.
    #[track_caller]
    pub fn default_iam_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the namespace the source snapshot was created from.
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn final_snapshot_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of days to retain automated snapshot in the destination region after they are copied from the source region.
    #[track_caller]
    pub fn final_snapshot_retention_period(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of AWS Identity and Access Management (IAM) roles that can be used by the namespace to access other AWS services.
    #[track_caller]
    pub fn iam_roles(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AWS Key Management Service (KMS) key ID of the encryption key that you want to use to encrypt data in the namespace.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The collection of log types to be exported provided by the customer.
    #[track_caller]
    pub fn log_exports(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LogExport>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// If true, Amazon Redshift uses AWS Secrets Manager to manage the namespace's admin credentials.
    #[track_caller]
    pub fn manage_admin_password(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `NamespaceResourcePolicy`.
    #[track_caller]
    pub fn namespace_resource_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN for the Redshift application that integrates with IAM Identity Center.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn redshift_idc_application_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The snapshot copy configurations for the namespace.
    #[track_caller]
    pub fn snapshot_copy_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SnapshotCopyConfiguration>>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of tags for the namespace.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Namespace {
    type Attributes = NamespaceAttributes;
    fn type_name(&self) -> &str {
        "AWS::RedshiftServerless::Namespace"
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
/// The attributes of a `AWS::RedshiftServerless::Namespace` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NamespaceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NamespaceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl NamespaceAttributes {
    /// `Fn::GetAtt` `Namespace`.
    pub fn namespace(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Namespace")
    }
    /// `Fn::GetAtt` `Namespace.NamespaceArn`.
    pub fn namespace_namespace_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Namespace.NamespaceArn")
    }
    /// `Fn::GetAtt` `Namespace.NamespaceId`.
    pub fn namespace_namespace_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Namespace.NamespaceId")
    }
    /// `Fn::GetAtt` `Namespace.NamespaceName`.
    pub fn namespace_namespace_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Namespace.NamespaceName")
    }
    /// `Fn::GetAtt` `Namespace.AdminUsername`.
    pub fn namespace_admin_username(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Namespace.AdminUsername")
    }
    /// `Fn::GetAtt` `Namespace.DbName`.
    pub fn namespace_db_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Namespace.DbName")
    }
    /// `Fn::GetAtt` `Namespace.KmsKeyId`.
    pub fn namespace_kms_key_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Namespace.KmsKeyId")
    }
    /// `Fn::GetAtt` `Namespace.DefaultIamRoleArn`.
    pub fn namespace_default_iam_role_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Namespace.DefaultIamRoleArn")
    }
    /// `Fn::GetAtt` `Namespace.IamRoles`.
    pub fn namespace_iam_roles(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "Namespace.IamRoles")
    }
    /// `Fn::GetAtt` `Namespace.LogExports`.
    pub fn namespace_log_exports(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "Namespace.LogExports")
    }
    /// `Fn::GetAtt` `Namespace.Status`.
    pub fn namespace_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Namespace.Status")
    }
    /// `Fn::GetAtt` `Namespace.CreationDate`.
    pub fn namespace_creation_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Namespace.CreationDate")
    }
}

/// The values CloudFormation documents: `useractivitylog`, `userlog`, `connectionlog`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogExport {
    /// `useractivitylog`
    Useractivitylog,
    /// `userlog`
    Userlog,
    /// `connectionlog`
    Connectionlog,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LogExport {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Useractivitylog => "useractivitylog",
            Self::Userlog => "userlog",
            Self::Connectionlog => "connectionlog",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["useractivitylog", "userlog", "connectionlog"]
    }
}
impl ::std::convert::From<LogExport> for ::forma_core::Value<LogExport> {
    fn from(v: LogExport) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LogExport {}

/// The `SnapshotCopyConfiguration` property type of `AWS::RedshiftServerless::Namespace`.
#[derive(Debug, Clone, PartialEq)]
pub struct SnapshotCopyConfiguration {
    props: ::forma_core::schema::Props,
}
impl SnapshotCopyConfiguration {
    /// A new value with its required properties: `DestinationRegion`.
    pub fn new(destination_region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, destination_region.into().into_expr());
        Self { props }
    }
    /// `DestinationKmsKeyId`.
    pub fn destination_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SnapshotRetentionPeriod`.
    pub fn snapshot_retention_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SnapshotCopyConfiguration> for ::forma_core::Value<SnapshotCopyConfiguration> {
    fn from(v: SnapshotCopyConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SNAPSHOT_COPY_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::RedshiftServerless::Namespace`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::RedshiftServerless::Namespace`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RedshiftServerless::Namespace",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdminPasswordSecretKmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AdminUserPassword",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)[^\\x00-\\x20\\x22\\x27\\x2f\\x40\\x5c\\x7f-\\uffff]+"),
                min_length: Some(8),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "AdminUsername",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z][a-zA-Z_0-9+.@-]*"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DbName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z][a-zA-Z_0-9+.@-]*"),
                min_length: None,
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "DefaultIamRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FinalSnapshotName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-z][a-z0-9]*(-[a-z0-9]+)*"),
                min_length: None,
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "FinalSnapshotRetentionPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IamRoles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(512),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LogExports",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["useractivitylog", "userlog", "connectionlog"]),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(16) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ManageAdminPassword",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NamespaceName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9-]+$"),
                min_length: Some(3),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "NamespaceResourcePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "RedshiftIdcApplicationArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "SnapshotCopyConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SNAPSHOT_COPY_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "Namespace",
        "Namespace.NamespaceArn",
        "Namespace.NamespaceId",
        "Namespace.NamespaceName",
        "Namespace.AdminUsername",
        "Namespace.DbName",
        "Namespace.KmsKeyId",
        "Namespace.DefaultIamRoleArn",
        "Namespace.IamRoles",
        "Namespace.LogExports",
        "Namespace.Status",
        "Namespace.CreationDate",
    ],
};

static SNAPSHOT_COPY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RedshiftServerless::Namespace.SnapshotCopyConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationKmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DestinationRegion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SnapshotRetentionPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RedshiftServerless::Namespace.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
