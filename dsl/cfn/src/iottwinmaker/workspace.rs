// @generated from AWS::IoTTwinMaker::Workspace (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTTwinMaker::Workspace` and its property types.

/// Resource schema for AWS::IoTTwinMaker::Workspace
///
/// CloudFormation type `AWS::IoTTwinMaker::Workspace`.
#[derive(Debug, Clone, PartialEq)]
pub struct Workspace {
    props: ::forma_core::schema::Props,
}
impl Workspace {
    /// A new resource with its required properties: `Role`, `S3Location`, `WorkspaceId`.
    #[track_caller]
    pub fn new(
        role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_location: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        workspace_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, role.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, s3_location.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, workspace_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the workspace.
    ///
    /// Allowed: length 0 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A map of key-value pairs to associate with a resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Workspace {
    type Attributes = WorkspaceAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTTwinMaker::Workspace"
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
/// The attributes of a `AWS::IoTTwinMaker::Workspace` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WorkspaceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WorkspaceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WorkspaceAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreationDateTime`.
    pub fn creation_date_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationDateTime")
    }
    /// `Fn::GetAtt` `UpdateDateTime`.
    pub fn update_date_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdateDateTime")
    }
}

/// The schema of `AWS::IoTTwinMaker::Workspace`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTTwinMaker::Workspace",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Role",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:((aws)|(aws-cn)|(aws-us-gov)):iam::[0-9]{12}:role/.*"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3Location",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(^arn:((aws)|(aws-cn)|(aws-us-gov)):s3:::)([a-zA-Z0-9_-]+$)"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(256) },
            )),
        },
        ::forma_core::schema::Property {
            name: "WorkspaceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z_0-9][a-zA-Z_\\-0-9]*[a-zA-Z0-9]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreationDateTime", "UpdateDateTime"],
};
