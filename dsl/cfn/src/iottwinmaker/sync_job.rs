// @generated from AWS::IoTTwinMaker::SyncJob (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTTwinMaker::SyncJob` and its property types.

/// Resource schema for AWS::IoTTwinMaker::SyncJob
///
/// CloudFormation type `AWS::IoTTwinMaker::SyncJob`.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncJob {
    props: ::forma_core::schema::Props,
}
impl SyncJob {
    /// A new resource with its required properties: `SyncRole`, `SyncSource`, `WorkspaceId`.
    #[track_caller]
    pub fn new(
        sync_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sync_source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        workspace_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, sync_role.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, sync_source.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, workspace_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A key-value pair to associate with a resource.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SyncJob {
    type Attributes = SyncJobAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTTwinMaker::SyncJob"
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
/// The attributes of a `AWS::IoTTwinMaker::SyncJob` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SyncJobAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SyncJobAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SyncJobAttributes {
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
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
}

/// The schema of `AWS::IoTTwinMaker::SyncJob`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTTwinMaker::SyncJob",
    properties: &[
        ::forma_core::schema::Property {
            name: "SyncRole",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:((aws)|(aws-cn)|(aws-us-gov)):iam::[0-9]{12}:role/.*"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "SyncSource",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_0-9]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
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
    attributes: &["Arn", "CreationDateTime", "UpdateDateTime", "State"],
};
