// @generated from AWS::Greengrass::Group (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Greengrass::Group` and its property types.

/// Resource Type definition for AWS::Greengrass::Group
///
/// CloudFormation type `AWS::Greengrass::Group`.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    props: ::forma_core::schema::Props,
}
impl Group {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `InitialVersion`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn initial_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<GroupVersion>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RoleArn`.
    #[track_caller]
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Group {
    type Attributes = GroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::Greengrass::Group"
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
/// The attributes of a `AWS::Greengrass::Group` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GroupAttributes {
    /// `Fn::GetAtt` `LatestVersionArn`.
    pub fn latest_version_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LatestVersionArn")
    }
    /// `Fn::GetAtt` `RoleAttachedAt`.
    pub fn role_attached_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RoleAttachedAt")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `GroupVersion` property type of `AWS::Greengrass::Group`.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupVersion {
    props: ::forma_core::schema::Props,
}
impl GroupVersion {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ConnectorDefinitionVersionArn`.
    pub fn connector_definition_version_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CoreDefinitionVersionArn`.
    pub fn core_definition_version_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DeviceDefinitionVersionArn`.
    pub fn device_definition_version_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `FunctionDefinitionVersionArn`.
    pub fn function_definition_version_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `LoggerDefinitionVersionArn`.
    pub fn logger_definition_version_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `ResourceDefinitionVersionArn`.
    pub fn resource_definition_version_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `SubscriptionDefinitionVersionArn`.
    pub fn subscription_definition_version_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GroupVersion {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GroupVersion> for ::forma_core::Value<GroupVersion> {
    fn from(v: GroupVersion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GROUP_VERSION_TYPE.properties))
    }
}

/// The schema of `AWS::Greengrass::Group`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Greengrass::Group",
    properties: &[
        ::forma_core::schema::Property {
            name: "InitialVersion",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&GROUP_VERSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &["LatestVersionArn", "RoleAttachedAt", "Id", "Arn"],
};

static GROUP_VERSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::Group.GroupVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectorDefinitionVersionArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CoreDefinitionVersionArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DeviceDefinitionVersionArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FunctionDefinitionVersionArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LoggerDefinitionVersionArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceDefinitionVersionArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubscriptionDefinitionVersionArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
