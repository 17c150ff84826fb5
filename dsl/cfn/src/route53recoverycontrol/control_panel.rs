// @generated from AWS::Route53RecoveryControl::ControlPanel (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Route53RecoveryControl::ControlPanel` and its property types.

/// AWS Route53 Recovery Control Control Panel resource schema .
///
/// CloudFormation type `AWS::Route53RecoveryControl::ControlPanel`.
#[derive(Debug, Clone, PartialEq)]
pub struct ControlPanel {
    props: ::forma_core::schema::Props,
}
impl ControlPanel {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Cluster to associate with the Control Panel
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cluster_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A collection of tags associated with a resource
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ControlPanel {
    type Attributes = ControlPanelAttributes;
    fn type_name(&self) -> &str {
        "AWS::Route53RecoveryControl::ControlPanel"
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
/// The attributes of a `AWS::Route53RecoveryControl::ControlPanel` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ControlPanelAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ControlPanelAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ControlPanelAttributes {
    /// `Fn::GetAtt` `ControlPanelArn`.
    pub fn control_panel_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ControlPanelArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `RoutingControlCount`.
    pub fn routing_control_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "RoutingControlCount")
    }
    /// `Fn::GetAtt` `DefaultControlPanel`.
    pub fn default_control_panel(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "DefaultControlPanel")
    }
}

/// The `Tag` property type of `AWS::Route53RecoveryControl::ControlPanel`.
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

/// The schema of `AWS::Route53RecoveryControl::ControlPanel`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Route53RecoveryControl::ControlPanel",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClusterArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9:\\/_-]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["ControlPanelArn", "Status", "RoutingControlCount", "DefaultControlPanel"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53RecoveryControl::ControlPanel.Tag",
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
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
