// @generated from AWS::DMS::ReplicationTask (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DMS::ReplicationTask` and its property types.

/// Resource Type definition for AWS::DMS::ReplicationTask
///
/// CloudFormation type `AWS::DMS::ReplicationTask`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationTask {
    props: ::forma_core::schema::Props,
}
impl ReplicationTask {
    /// A new resource with its required properties: `MigrationType`, `ReplicationInstanceArn`, `SourceEndpointArn`, `TableMappings`, `TargetEndpointArn`.
    #[track_caller]
    pub fn new(
        migration_type: impl ::forma_core::schema::EnumArg<MigrationType>,
        replication_instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_endpoint_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_mappings: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_endpoint_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, migration_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, replication_instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, source_endpoint_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, table_mappings.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, target_endpoint_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Indicates when you want a change data capture (CDC) operation to start.
    #[track_caller]
    pub fn cdc_start_position(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates the start time for a change data capture (CDC) operation.
    #[track_caller]
    pub fn cdc_start_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates when you want a change data capture (CDC) operation to stop.
    #[track_caller]
    pub fn cdc_stop_position(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An identifier for the replication task.
    #[track_caller]
    pub fn replication_task_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Overall settings for the task, in JSON format
    #[track_caller]
    pub fn replication_task_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A friendly name for the resource identifier at the end of the EndpointArn response parameter that is returned in the created Endpoint object.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn resource_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Supplemental information that the task requires to migrate the data for certain source and target endpoints.
    #[track_caller]
    pub fn task_data(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ReplicationTask {
    type Attributes = ReplicationTaskAttributes;
    fn type_name(&self) -> &str {
        "AWS::DMS::ReplicationTask"
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
/// The attributes of a `AWS::DMS::ReplicationTask` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ReplicationTaskAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ReplicationTaskAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ReplicationTaskAttributes {
    /// `Fn::GetAtt` `ReplicationTaskArn`.
    pub fn replication_task_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ReplicationTaskArn")
    }
}

/// The values CloudFormation documents: `full-load`, `cdc`, `full-load-and-cdc`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MigrationType {
    /// `full-load`
    FullLoad,
    /// `cdc`
    Cdc,
    /// `full-load-and-cdc`
    FullLoadAndCdc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MigrationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FullLoad => "full-load",
            Self::Cdc => "cdc",
            Self::FullLoadAndCdc => "full-load-and-cdc",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["full-load", "cdc", "full-load-and-cdc"]
    }
}
impl ::std::convert::From<MigrationType> for ::forma_core::Value<MigrationType> {
    fn from(v: MigrationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MigrationType {}

/// The `Tag` property type of `AWS::DMS::ReplicationTask`.
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

/// The schema of `AWS::DMS::ReplicationTask`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DMS::ReplicationTask",
    properties: &[
        ::forma_core::schema::Property {
            name: "CdcStartPosition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CdcStartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CdcStopPosition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MigrationType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["full-load", "cdc", "full-load-and-cdc"]),
        },
        ::forma_core::schema::Property {
            name: "ReplicationInstanceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReplicationTaskIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9]*(?:-[a-zA-Z0-9]+)*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ReplicationTaskSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceEndpointArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TableMappings",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TargetEndpointArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TaskData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["ReplicationTaskArn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::ReplicationTask.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
