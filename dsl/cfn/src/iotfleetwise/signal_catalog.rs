// @generated from AWS::IoTFleetWise::SignalCatalog (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTFleetWise::SignalCatalog` and its property types.

/// Definition of AWS::IoTFleetWise::SignalCatalog Resource Type
///
/// CloudFormation type `AWS::IoTFleetWise::SignalCatalog`.
#[derive(Debug, Clone, PartialEq)]
pub struct SignalCatalog {
    props: ::forma_core::schema::Props,
}
impl SignalCatalog {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Description`.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 100.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `NodeCounts`.
    #[track_caller]
    pub fn node_counts(mut self, value: impl ::std::convert::Into<::forma_core::Value<NodeCounts>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Nodes`.
    #[track_caller]
    pub fn nodes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for SignalCatalog {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for SignalCatalog {
    type Attributes = SignalCatalogAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTFleetWise::SignalCatalog"
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
/// The attributes of a `AWS::IoTFleetWise::SignalCatalog` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SignalCatalogAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SignalCatalogAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SignalCatalogAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastModificationTime`.
    pub fn last_modification_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModificationTime")
    }
    /// `Fn::GetAtt` `NodeCounts.TotalNodes`.
    pub fn node_counts_total_nodes(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "NodeCounts.TotalNodes")
    }
    /// `Fn::GetAtt` `NodeCounts.TotalBranches`.
    pub fn node_counts_total_branches(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "NodeCounts.TotalBranches")
    }
    /// `Fn::GetAtt` `NodeCounts.TotalSensors`.
    pub fn node_counts_total_sensors(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "NodeCounts.TotalSensors")
    }
    /// `Fn::GetAtt` `NodeCounts.TotalAttributes`.
    pub fn node_counts_total_attributes(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "NodeCounts.TotalAttributes")
    }
    /// `Fn::GetAtt` `NodeCounts.TotalActuators`.
    pub fn node_counts_total_actuators(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "NodeCounts.TotalActuators")
    }
}

/// The `NodeCounts` property type of `AWS::IoTFleetWise::SignalCatalog`.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeCounts {
    props: ::forma_core::schema::Props,
}
impl NodeCounts {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `TotalActuators`.
    pub fn total_actuators(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TotalAttributes`.
    pub fn total_attributes(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TotalBranches`.
    pub fn total_branches(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `TotalNodes`.
    pub fn total_nodes(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `TotalSensors`.
    pub fn total_sensors(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NodeCounts {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NodeCounts> for ::forma_core::Value<NodeCounts> {
    fn from(v: NodeCounts) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NODE_COUNTS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::IoTFleetWise::SignalCatalog`.
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

/// The schema of `AWS::IoTFleetWise::SignalCatalog`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTFleetWise::SignalCatalog",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000-\\u001F\\u007F]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z\\d\\-_:]+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "NodeCounts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NODE_COUNTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Nodes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Json,
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5000) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "Arn",
        "CreationTime",
        "LastModificationTime",
        "NodeCounts.TotalNodes",
        "NodeCounts.TotalBranches",
        "NodeCounts.TotalSensors",
        "NodeCounts.TotalAttributes",
        "NodeCounts.TotalActuators",
    ],
};

static NODE_COUNTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTFleetWise::SignalCatalog.NodeCounts",
    properties: &[
        ::forma_core::schema::Property {
            name: "TotalActuators",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TotalAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TotalBranches",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TotalNodes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TotalSensors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTFleetWise::SignalCatalog.Tag",
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
