// @generated from AWS::NovaAct::WorkflowDefinition (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NovaAct::WorkflowDefinition` and its property types.

/// Definition of AWS::NovaAct::WorkflowDefinition Resource Type
///
/// CloudFormation type `AWS::NovaAct::WorkflowDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkflowDefinition {
    props: ::forma_core::schema::Props,
}
impl WorkflowDefinition {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An optional description of the workflow definition's purpose and functionality.
    ///
    /// Allowed: length 1 to 4000.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration settings for exporting workflow execution data and logs to Amazon S3.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn export_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<WorkflowExportConfig>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for WorkflowDefinition {
    type Attributes = WorkflowDefinitionAttributes;
    fn type_name(&self) -> &str {
        "AWS::NovaAct::WorkflowDefinition"
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
/// The attributes of a `AWS::NovaAct::WorkflowDefinition` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WorkflowDefinitionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WorkflowDefinitionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WorkflowDefinitionAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// Configuration settings for exporting workflow execution data and logs to Amazon S3.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkflowExportConfig {
    props: ::forma_core::schema::Props,
}
impl WorkflowExportConfig {
    /// A new value with its required properties: `S3BucketName`.
    pub fn new(s3_bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_bucket_name.into().into_expr());
        Self { props }
    }
    /// An optional prefix for Amazon S3 object keys to organize exported data.
    ///
    /// Allowed: length 1 to 100.
    pub fn s3_key_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<WorkflowExportConfig> for ::forma_core::Value<WorkflowExportConfig> {
    fn from(v: WorkflowExportConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKFLOW_EXPORT_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::NovaAct::WorkflowDefinition`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NovaAct::WorkflowDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4000),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExportConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&WORKFLOW_EXPORT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]{1,40}$"),
                min_length: Some(1),
                max_length: Some(40),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreatedAt", "Status"],
};

static WORKFLOW_EXPORT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NovaAct::WorkflowDefinition.WorkflowExportConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "S3BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9][a-z0-9.-]*[a-z0-9]$"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3KeyPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9!\\-_.*'()]+(?:/[a-zA-Z0-9!\\-_.*'()]+)*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
    ],
    rules: &[],
};
